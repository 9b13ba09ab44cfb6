import type { UpdatePracticeSecurityRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class UpdatePracticeSecurityDto implements UpdatePracticeSecurityRequest {
  @ApiProperty()
  @IsBoolean()
  mfaRequiredForPractitioners: boolean;
}
