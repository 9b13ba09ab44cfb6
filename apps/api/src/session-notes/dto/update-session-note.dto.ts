import type { UpdateSessionNoteRequest } from '@herstelkompas/contracts';
import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsOmittable, MAX_INTEGER } from '../../common/validators';
import { CreateSessionNoteDto } from './create-session-note.dto';

export class UpdateSessionNoteDto
  extends PartialType(CreateSessionNoteDto, { skipNullProperties: false })
  implements UpdateSessionNoteRequest
{
  @ApiPropertyOptional({
    description: 'The version the edit is based on; 409 when stale',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(MAX_INTEGER)
  version?: number;
}
