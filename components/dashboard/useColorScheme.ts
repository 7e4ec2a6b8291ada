"use client";

import { useLayoutEffect, useState } from "react";

const QUERY = "(prefers-color-scheme: dark)";

/**
 * The system colour scheme, for views that draw with JS colours (the page itself follows it in CSS).
 * The server and the hydrating render draw light; the real scheme is read in a layout effect, so a
 * dark system repaints before the first frame after hydration instead of flashing the light drawing.
 */
export function useColorScheme(): "light" | "dark" {
  const [scheme, setScheme] = useState<"light" | "dark">("light");
  useLayoutEffect(() => {
    const media = window.matchMedia(QUERY);
    const read = () => setScheme(media.matches ? "dark" : "light");
    read();
    media.addEventListener("change", read);
    return () => media.removeEventListener("change", read);
  }, []);
  return scheme;
}
