import { eventCheckInsSchema, walkInSchema } from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';

export class EventCheckInsDto extends createZodDto(eventCheckInsSchema) {}
export class WalkInDto extends createZodDto(walkInSchema) {}
