export function renderPng(svg: string): Buffer;
