/** Body of `GET /api/health`. */
export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
}
