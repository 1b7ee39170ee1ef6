import type { Config } from "tailwindcss";

// Tailwind 4 reads its theme from app/globals.css; this file (loaded there with @config)
// keeps the content globs and the class-based dark mode that next-themes toggles.
export default {
  darkMode: "class",
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
} satisfies Config;
