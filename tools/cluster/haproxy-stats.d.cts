export declare function haproxyStatus(
  socket: string,
): Promise<Map<string, { status: string; total: number }>>;
