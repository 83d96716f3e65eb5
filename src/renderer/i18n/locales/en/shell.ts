/** The frame, navigation and words every page shares. */
export const shell = {
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
    cancel: 'Cancel',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Select and copy by hand',
  },
  pages: {
    prices: {
      title: 'GPU spot prices',
      intro: 'Every GPU type sold as spot in every region and zone, cheapest first.',
    },
    launch: {
      title: 'Launch a GPU',
      intro: 'Pick a region, GPU types, a spot bid and a data disk. Danlu does the rest.',
    },
    session: { title: 'Session', intro: 'Each step of your GPU session, what it costs, and its live log.' },
    notebook: {
      title: 'Notebook',
      intro: 'Your Jupyter notebooks over HTTPS, each trusting exactly its own certificate.',
    },
    resources: { title: 'Resources', intro: 'Everything Danlu created in your account, and what keeping it costs.' },
    settings: { title: 'Settings', intro: 'Language, credentials, budgets and guards.' },
  },
  notices: {
    label: 'Notices',
    open: 'Show',
    dismiss: 'Dismiss',
  },
  meter: {
    month: 'This month {{cost}}',
  },
};
