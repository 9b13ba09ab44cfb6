import {
  CITY_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  POSTAL_CODE_MAX_LENGTH,
  PRACTICE_NAME_MAX_LENGTH,
  PRACTICE_PHONE_MAX_LENGTH,
  REGISTRY_NUMBER_MAX_LENGTH,
  REMARK_MAX_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  URL_MAX_LENGTH,
} from '@herstelkompas/contracts';
import type {
  PracticeAddress,
  PracticeProfileRequest,
} from '@herstelkompas/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  digitsOnly,
  IsAgb,
  IsHttpsUrl,
  IsKvk,
  IsPostalCode,
  IsPracticePhone,
  MultiLine,
  normalisePostalCode,
  SingleLine,
  trim,
  trimToNull,
  withHttps,
} from '../../common/validators';

// In each field the format rule is listed above the text rule: decorators
// run bottom-up, so a control character is named before a wrong format.

export class PracticeAddressDto implements PracticeAddress {
  @ApiProperty({ nullable: true, example: 'Stationsstraat 12' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(SHORT_TEXT_MAX_LENGTH)
  @SingleLine()
  street: string | null;

  @ApiProperty({ nullable: true, example: '1234 AB' })
  @Transform(normalisePostalCode)
  @IsOptional()
  @IsString()
  @MaxLength(POSTAL_CODE_MAX_LENGTH)
  @IsPostalCode()
  @SingleLine()
  postalCode: string | null;

  @ApiProperty({ nullable: true, example: 'Utrecht' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(CITY_MAX_LENGTH)
  @SingleLine()
  city: string | null;
}

export class UpdatePracticeProfileDto implements PracticeProfileRequest {
  @ApiProperty({ example: 'Praktijk De Hersteller' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(PRACTICE_NAME_MAX_LENGTH)
  @SingleLine()
  name: string;

  @ApiProperty({ type: PracticeAddressDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PracticeAddressDto)
  address: PracticeAddressDto;

  @ApiProperty({ nullable: true, example: '030 123 45 67' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(PRACTICE_PHONE_MAX_LENGTH)
  @IsPracticePhone()
  @SingleLine()
  phone: string | null;

  @ApiProperty({ nullable: true, example: 'info@praktijk.nl' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail()
  @SingleLine()
  email: string | null;

  @ApiProperty({ nullable: true, example: 'https://praktijk.nl' })
  @Transform(withHttps)
  @IsOptional()
  @IsString()
  @MaxLength(URL_MAX_LENGTH)
  @IsHttpsUrl()
  @SingleLine()
  website: string | null;

  @ApiProperty({ nullable: true, example: '12345678' })
  @Transform(digitsOnly)
  @IsOptional()
  @IsString()
  @MaxLength(REGISTRY_NUMBER_MAX_LENGTH)
  @IsKvk()
  @SingleLine()
  kvk: string | null;

  @ApiProperty({ nullable: true, example: '90123456' })
  @Transform(digitsOnly)
  @IsOptional()
  @IsString()
  @MaxLength(REGISTRY_NUMBER_MAX_LENGTH)
  @IsAgb()
  @SingleLine()
  agb: string | null;

  @ApiProperty({ nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(REMARK_MAX_LENGTH)
  @MultiLine()
  reportClosing: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 'https://praktijk.nl/privacy',
  })
  @Transform(withHttps)
  @IsOptional()
  @IsString()
  @MaxLength(URL_MAX_LENGTH)
  @IsHttpsUrl()
  @SingleLine()
  privacyStatementUrl?: string | null;
}
