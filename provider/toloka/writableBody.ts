/**
 * The body of a whole-object PUT. Toloka resets every parameter a PUT leaves out (fullApi.yaml,
 * paths PUT /trainings/{id} and PUT /pools/{id}: "specify all the parameters"), so the body is
 * the object as GET returned it, changes applied, minus the read-only fields: keys this project
 * does not know are sent back unchanged, as the official SDK does.
 */
export function writableBody(object: Record<string, unknown>, readOnlyFields: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(object)) {
    if (value !== undefined && !readOnlyFields.includes(field)) body[field] = value;
  }
  return body;
}
