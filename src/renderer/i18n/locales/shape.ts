/** The same nested keys as T, with any string values: the type of every translation. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
