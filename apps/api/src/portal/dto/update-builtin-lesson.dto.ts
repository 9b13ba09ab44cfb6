import type { BuiltinLessonRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class UpdateBuiltinLessonDto implements BuiltinLessonRequest {
  @ApiProperty({ description: "True: the practice's clients do not see it" })
  @IsBoolean()
  hidden: boolean;
}
