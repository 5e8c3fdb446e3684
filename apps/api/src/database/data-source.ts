import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { databaseUrlFromEnv } from '../config/database.config';
import { typeormOptions } from './typeorm-options';

/** DataSource for the TypeORM CLI and migration scripts (synchronize: false). */
export const AppDataSource = new DataSource(typeormOptions(databaseUrlFromEnv(), 2));

export default AppDataSource;
