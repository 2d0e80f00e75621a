/**
 * Everything that names a product, a service or a company. Re-skin the site for another
 * service or exchange by editing this one module.
 */
export const brand = {
  /** The help site's own name, shown in the header and page titles. */
  siteName: 'KYC Help',
  /** One-line promise shown on the home page. */
  tagline: 'Get your exchange identity check approved on the first try.',
  /** Canonical origin of the deployed site (used for canonical URLs and the sitemap). */
  siteUrl: 'https://kyc-help.example',
  /** The service whose users need a verified exchange account. */
  service: {
    name: 'qPilot',
    /** The verification level the service requires. */
    requiredLevel: 'Intermediate',
  },
  /** The exchange where the verification happens. */
  exchange: {
    name: 'Binance',
    /** Official web origin: the only place to log in. */
    officialSite: 'https://www.binance.com',
    /** Official page listing the exchange's apps for every platform. */
    officialDownloadPage: 'https://www.binance.com/en/download',
    /** Official support centre. */
    supportPage: 'https://www.binance.com/en/support',
    /** Name of the in-app entry that starts verification. */
    verifyMenuLabel: 'Identification',
  },
} as const;

export type Brand = typeof brand;
