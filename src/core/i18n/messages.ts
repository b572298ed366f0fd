import type { zh } from './messages-zh.js';

/** Names of the problems the tool can report. */
export type MessageKey = keyof typeof zh;
/** The parameters a message needs. */
export type MessageParams<K extends MessageKey> = Parameters<(typeof zh)[K]>[0];
/** A message table: one text function per problem, for one language. */
export type Messages = { [K in MessageKey]: (p: MessageParams<K>) => string };
