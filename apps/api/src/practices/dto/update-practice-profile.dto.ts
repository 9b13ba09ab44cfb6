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
  @MaxLength(200)
  @SingleLine()
  street: string | null;

  @ApiProperty({ nullable: true, example: '1234 AB' })
  @Transform(normalisePostalCode)
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @IsPostalCode()
  @SingleLine()
  postalCode: string | null;

  @ApiProperty({ nullable: true, example: 'Utrecht' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @SingleLine()
  city: string | null;
}

export class UpdatePracticeProfileDto implements PracticeProfileRequest {
  @ApiProperty({ example: 'Praktijk De Hersteller' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
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
  @MaxLength(30)
  @IsPracticePhone()
  @SingleLine()
  phone: string | null;

  @ApiProperty({ nullable: true, example: 'info@praktijk.nl' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  @SingleLine()
  email: string | null;

  @ApiProperty({ nullable: true, example: 'https://praktijk.nl' })
  @Transform(withHttps)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @IsHttpsUrl()
  @SingleLine()
  website: string | null;

  @ApiProperty({ nullable: true, example: '12345678' })
  @Transform(digitsOnly)
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @IsKvk()
  @SingleLine()
  kvk: string | null;

  @ApiProperty({ nullable: true, example: '90123456' })
  @Transform(digitsOnly)
  @IsOptional()
  @IsString()
  @MaxLength(20)
  @IsAgb()
  @SingleLine()
  agb: string | null;

  @ApiProperty({ nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @MultiLine()
  reportClosing: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 'https://praktijk.nl/privacy',
  })
  @Transform(withHttps)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @IsHttpsUrl()
  @SingleLine()
  privacyStatementUrl?: string | null;
}
