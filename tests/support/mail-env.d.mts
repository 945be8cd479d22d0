export const MAIL_DIR: string;
export function mailPorts(env?: Record<string, string | undefined>): { smtp: number; control: number };
