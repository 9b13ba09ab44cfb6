import {
  ADDENDUM_MAX_LENGTH,
  type CreateAddendumRequest,
} from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MultiLine } from '../../common/validators';

export class CreateAddendumDto implements CreateAddendumRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(ADDENDUM_MAX_LENGTH)
  @MultiLine()
  text: string;
}
