import {
  GOAL_DESCRIPTION_MAX_LENGTH,
  GOAL_STATUSES,
  type CreateGoalRequest,
  type GoalStatus,
  type GoalTarget,
} from '@herstelkompas/contracts';
import {
  DOMAIN_IDS,
  isSingleLineText,
  type DomainId,
} from '@herstelkompas/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  registerDecorator,
} from 'class-validator';
import {
  IsOmittable,
  trim,
  MultiLine,
  IsCalendarDate,
} from '../../common/validators';

/** `{kind:'score_below', value: 0-100}` or `{kind:'text', text}` or null. */
function IsGoalTarget() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isGoalTarget',
      target: target.constructor,
      propertyName,
      validator: {
        validate(value: unknown) {
          if (value === null || value === undefined) return true;
          if (typeof value !== 'object') return false;
          const v = value as Record<string, unknown>;
          const keys = Object.keys(v).sort().join(',');
          if (v['kind'] === 'score_below')
            return (
              keys === 'kind,value' &&
              typeof v['value'] === 'number' &&
              v['value'] >= 0 &&
              v['value'] <= 100
            );
          if (v['kind'] === 'text')
            return (
              keys === 'kind,text' &&
              typeof v['text'] === 'string' &&
              v['text'].trim().length > 0 &&
              isSingleLineText(v['text']) &&
              v['text'].length <= 200
            );
          return false;
        },
      },
    });
}

export class CreateGoalDto implements CreateGoalRequest {
  @ApiProperty({ enum: DOMAIN_IDS })
  @IsIn(DOMAIN_IDS)
  domain: DomainId;

  @ApiProperty({ example: 'Elke avond 20 minuten ontspanningsoefening' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(GOAL_DESCRIPTION_MAX_LENGTH)
  @MultiLine()
  description: string;

  @ApiPropertyOptional({
    nullable: true,
    example: { kind: 'score_below', value: 40 },
    oneOf: [
      {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['score_below'] },
          value: { type: 'number', minimum: 0, maximum: 100 },
        },
        required: ['kind', 'value'],
      },
      {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['text'] },
          text: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            // An extension the schema type does not list: spread, not written out.
            ...{ 'x-text': 'single-line' },
          },
        },
        required: ['kind', 'text'],
      },
    ],
  })
  @IsOptional()
  @IsGoalTarget()
  target?: GoalTarget;

  @ApiPropertyOptional({ nullable: true, example: '2027-02-01' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: GOAL_STATUSES })
  @IsOmittable()
  @IsIn(GOAL_STATUSES)
  status?: GoalStatus;
}
