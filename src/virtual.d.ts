declare module 'virtual:referat/build' {
  const settings: import('./site/integration.ts').ReferatBuildSettings;
  export default settings;
}

declare module 'virtual:referat/theme.css' {}
