import {
  EMAIL_MAX_LENGTH,
  LEGAL_BASES,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  TAG_MAX_LENGTH,
  type CreateClientRequest,
  type GeneralPractitioner,
  type Language,
  type LegalBasis,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  IsBirthDate,
  IsPhone,
  trim,
  trimToNull,
  IsOmittable,
  SingleLine,
} from '../../common/validators';

/** The client's GP; a part left out is unknown (null). */
export class GeneralPractitionerDto implements GeneralPractitioner {
  @ApiPropertyOptional({ example: 'Dr. A. Smit', nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  @SingleLine()
  name: string | null = null;

  @ApiPropertyOptional({
    example: 'Huisartsenpraktijk De Linde',
    nullable: true,
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  @SingleLine()
  practice: string | null = null;

  @ApiPropertyOptional({ example: '030-1234567', nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(PHONE_MAX_LENGTH)
  @IsPhone()
  @SingleLine()
  phone: string | null = null;

  @ApiPropertyOptional({ example: 'praktijk@huisarts.example', nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  @SingleLine()
  email: string | null = null;
}

export class CreateClientDto implements CreateClientRequest {
  @ApiProperty({ example: 'Jan' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  @SingleLine()
  firstName: string;

  @ApiProperty({ example: 'van der Berg' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  @SingleLine()
  lastName: string;

  @ApiProperty({ example: '1978-04-23', description: 'ISO date' })
  @IsNotEmpty()
  @IsBirthDate()
  dateOfBirth: string;

  @ApiProperty({ example: 'jan@example.nl' })
  @Transform(trim)
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(EMAIL_MAX_LENGTH)
  @SingleLine()
  email: string;

  @ApiPropertyOptional({
    example: '06-12345678',
    description: 'At least six digits',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(PHONE_MAX_LENGTH)
  // Listed above the text rule so that the text rule is checked first (the
  // decorators run bottom-up and validation stops at the first error).
  @IsPhone()
  @SingleLine()
  phone?: string | null;

  @ApiPropertyOptional({ enum: ['nl', 'en'] })
  @IsOmittable()
  @IsIn(['nl', 'en'])
  preferredLanguage?: Language;

  @ApiPropertyOptional({ example: 'onderrug, straalt uit naar links' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  @SingleLine()
  painLocation?: string | null;

  @ApiPropertyOptional({ example: 'sinds 2 jaar' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  @SingleLine()
  painDuration?: string | null;

  @ApiPropertyOptional()
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  @SingleLine()
  referralSource?: string | null;

  // The whole GP replaces what was stored; null removes it. (A $ref takes
  // no description beside it in OpenAPI 3.0.)
  @ApiPropertyOptional({ type: GeneralPractitionerDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => GeneralPractitionerDto)
  gp?: GeneralPractitionerDto | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(TAG_MAX_LENGTH, { each: true })
  @SingleLine({ each: true })
  tags?: string[];

  @ApiPropertyOptional()
  @IsOmittable()
  @IsUUID()
  responsiblePractitionerId?: string;

  @ApiPropertyOptional({ enum: LEGAL_BASES })
  @IsOmittable()
  @IsIn(LEGAL_BASES)
  legalBasis?: LegalBasis;
}
