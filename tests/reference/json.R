# JSON output by hand for the reference scripts (no CRAN access needed: jsonlite is not used).
# Numbers are printed with %.17g so every double round-trips exactly.
json_string <- function(s) {
  s <- gsub("\\\\", "\\\\\\\\", s)
  s <- gsub("\"", "\\\\\"", s)
  paste0("\"", s, "\"")
}
to_json <- function(x, indent = "") {
  inner <- paste0(indent, "  ")
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (length(x) == 0) return(if (is.null(names(x))) "[]" else "{}")
    parts <- vapply(x, to_json, character(1), indent = inner)
    if (!is.null(names(x))) parts <- paste0(json_string(names(x)), ": ", parts)
    open <- if (is.null(names(x))) "[" else "{"
    close <- if (is.null(names(x))) "]" else "}"
    return(paste0(open, "\n", inner, paste(parts, collapse = paste0(",\n", inner)), "\n", indent, close))
  }
  stopifnot(length(x) == 1)
  if (is.na(x)) return("null")
  if (is.logical(x)) return(if (x) "true" else "false")
  if (is.numeric(x)) {
    stopifnot(is.finite(x))
    return(sprintf("%.17g", x))
  }
  json_string(as.character(x))
}

