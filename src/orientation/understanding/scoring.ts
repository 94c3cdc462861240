/** Raw lexical score at which a procedure is clearly relevant (relevance ≈ 0.63). */
const RAW_SCALE = 8;

/** Lexical relevance in [0, 1) of a raw matcher score: one of the inputs of the fusion (fusion.ts). */
export const relevance = (raw: number): number => 1 - Math.exp(-raw / RAW_SCALE);
