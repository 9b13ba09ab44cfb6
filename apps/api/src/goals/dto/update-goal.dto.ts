import type { UpdateGoalRequest } from '@herstelkompas/contracts';
import { PartialType } from '@nestjs/swagger';
import { CreateGoalDto } from './create-goal.dto';

export class UpdateGoalDto
  extends PartialType(CreateGoalDto, { skipNullProperties: false })
  implements UpdateGoalRequest {}
