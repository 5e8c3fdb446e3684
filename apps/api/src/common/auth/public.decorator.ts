import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'mic:isPublic';

/** Opts an operation out of the global authentication requirement. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);
