import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  PracticeLessonItem,
  PracticeLessonRequest,
  PracticeLessons,
} from '@herstelkompas/contracts';

const BASE = '/api/practice/lessons';

/** The portal's lessons as the practice sets them. HTTP only. */
@Injectable({ providedIn: 'root' })
export class PortalSettingsApi {
  private readonly http = inject(HttpClient);

  lessons() {
    return this.http.get<PracticeLessons>(BASE);
  }

  setHidden(lessonId: string, hidden: boolean) {
    return this.http.put<PracticeLessons>(
      `${BASE}/builtin/${encodeURIComponent(lessonId)}`,
      { hidden },
    );
  }

  create(lesson: PracticeLessonRequest) {
    return this.http.post<PracticeLessonItem>(BASE, lesson);
  }

  update(id: string, lesson: PracticeLessonRequest) {
    return this.http.patch<PracticeLessonItem>(
      `${BASE}/${encodeURIComponent(id)}`,
      lesson,
    );
  }

  remove(id: string) {
    return this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}`);
  }
}
