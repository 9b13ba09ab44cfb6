import type { VerifyIntakeRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty } from 'class-validator';
import { IsBirthDate } from '../../common/validators';

export class VerifyIntakeDto implements VerifyIntakeRequest {
  @ApiProperty({ example: '1978-04-23' })
  @IsNotEmpty()
  @IsBirthDate()
  dateOfBirth: string;
}
