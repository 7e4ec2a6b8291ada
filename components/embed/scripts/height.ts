/**
 * The story embeds' one script: static server drawings need nothing else, but the host page's
 * resize.js still wants the content height (the same message as the article embeds').
 */
import { reportHeight } from "./frame";

reportHeight();
