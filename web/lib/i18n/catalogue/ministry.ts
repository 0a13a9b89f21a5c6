// Messages of the ministry pages. Danish first; English must have the same keys (checked by tsc).
export const da = {} as const;

export const en: Record<keyof typeof da, string> = {};
