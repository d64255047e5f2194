// The part of jstat (MIT, no bundled types) this project uses.
declare module "jstat" {
  const jstat: {jStat: JStat};
  export default jstat;
  interface JStat {
    gamma: {inv(p: number, shape: number, scale: number): number};
    beta: {inv(p: number, a: number, b: number): number; cdf(x: number, a: number, b: number): number};
    normal: {inv(p: number, mean: number, sd: number): number; cdf(x: number, mean: number, sd: number): number};
    studentt: {inv(p: number, dof: number): number; cdf(x: number, dof: number): number};
    chisquare: {inv(p: number, dof: number): number; cdf(x: number, dof: number): number};
    /** Regularised lower incomplete gamma P(a, x). */
    lowRegGamma(a: number, x: number): number;
  }
}
