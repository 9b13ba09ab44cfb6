import { PartialType } from '@nestjs/swagger';
import { CreatePracticeLessonDto } from './create-practice-lesson.dto';

/** Any field may be sent alone; absent fields stay, null is refused (400). */
export class UpdatePracticeLessonDto extends PartialType(
  CreatePracticeLessonDto,
  {
    skipNullProperties: false,
  },
) {}
