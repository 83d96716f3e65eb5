/** English UI text. zh-CN.ts must have exactly the same keys (checked by type and by test). */
export const en = {
  app: {
    name: 'Danlu',
    tagline: 'A cloud GPU and a notebook, one click away',
    demo: 'Demo — nothing is bought',
    demoHint:
      'Danlu is running on its built-in cloud simulator. Add an Alibaba Cloud AccessKey in Settings to use your account.',
  },
  nav: {
    prices: 'Prices',
    launch: 'Launch',
    session: 'Session',
    notebook: 'Notebook',
    resources: 'Resources',
    settings: 'Settings',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    error: 'Something went wrong',
    comingSoon: 'This page is not available in this build yet.',
  },
  pages: {
    prices: { title: 'GPU spot prices', intro: 'The cheapest GPU spot instances in every region, cheapest first.' },
    launch: { title: 'Launch a GPU', intro: 'Pick a region, a GPU type, a spot bid and a data disk.' },
    session: { title: 'Session', intro: 'Each step of the running session, with its log.' },
    notebook: { title: 'Notebook', intro: 'Your Jupyter notebook over HTTPS, trusting exactly its own certificate.' },
    resources: { title: 'Resources', intro: 'Everything Danlu created in your account, and what it costs.' },
    settings: { title: 'Settings', intro: 'Language, credentials and guards.' },
  },
  settings: {
    language: 'Language',
    languageSystem: 'Follow the system ({{locale}})',
    languageZh: '简体中文',
    languageEn: 'English',
    about: 'About',
    version: 'Version {{version}} · {{platform}} · {{transport}}',
  },
} as const;
