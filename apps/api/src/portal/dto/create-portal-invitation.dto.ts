import {
  SEND_BY,
  type CreatePortalInvitationRequest,
  type SendBy,
} from '@herstelkompas/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class CreatePortalInvitationDto implements CreatePortalInvitationRequest {
  @ApiProperty({
    enum: SEND_BY,
    description: "`email` mails the link to the client's address",
  })
  @IsIn(SEND_BY)
  send: SendBy;
}
