// Whether this browser can give the map a WebGL context at all (asked once; the probe context is released).
let answer: boolean | null = null;

export function hasWebGL(): boolean {
  if (answer !== null) return answer;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    answer = Boolean(gl);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    answer = false;
  }
  return answer;
}
