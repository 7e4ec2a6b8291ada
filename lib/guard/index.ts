export { checkWrite, fromAnotherSite, writeToken, CROSS_SITE, tokenMatches, writeCookie, cookieValue, isLoopback, CLIENT_IP_HEADER, WRITE_COOKIE, type WriteCheck } from "./write";
export { createLimiter, limiters, type Limiter } from "./rate-limit";
export { pagePolicy, embedPolicy, makeNonce } from "./csp";
