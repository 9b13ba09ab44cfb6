import {
  HOMEWORK_TEXT_MAX_LENGTH,
  type Homework,
} from '@herstelkompas/contracts';
import { DOMAIN_IDS, type DomainId } from '@herstelkompas/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SingleLine } from '../../common/validators';

export class HomeworkDto implements Homework {
  @ApiProperty({ enum: DOMAIN_IDS })
  @IsIn(DOMAIN_IDS)
  domain: DomainId;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(HOMEWORK_TEXT_MAX_LENGTH)
  @SingleLine()
  text: string;
}
