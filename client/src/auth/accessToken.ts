// The bearer token of a shared (AUTH_MODE=token) server, kept for this browser tab only.
const KEY = 'sge.accessToken';

export const readAccessToken = (): string | null => sessionStorage.getItem(KEY);
export const saveAccessToken = (token: string) => sessionStorage.setItem(KEY, token);
export const forgetAccessToken = () => sessionStorage.removeItem(KEY);
