import type { UpdateSharesRequest } from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';

export class UpdateSharesDto implements UpdateSharesRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  practitionerIds: string[];
}
