import "@testing-library/jest-dom";

// Unit tests never touch the default database file (data/newsline.db): each worker gets its own,
// in memory, unless a test points NEWSLINE_DB or DATABASE_URL elsewhere.
process.env.NEWSLINE_DB ??= ":memory:";
