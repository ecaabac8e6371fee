# Reference values for lib/estimate (domain.md §6), computed with R's survey package.
#
#   Rscript tests/reference/estimate-reference.R > tests/fixtures/estimate-reference.json
#
# Builds deterministic synthetic datasets (strata = teamlid = caseworker, N_h from the frame,
# n_h completed usable cases), runs the stratified SRSWOR design
#   svydesign(ids = ~1, strata = ~teamlid, weights = ~w, fpc = ~N_h, data = ...)
# and prints svymean / SE / confint for the plain design, the post-stratified design
# (postStratify on huishoudtype) and per team (a design built from that team's rows only).
# The datasets themselves are in the output, so the TypeScript test reads exactly the same data.
#
# Lonely strata (n_h = 1): survey.lonely.psu = "remove" (the stratum contributes no variance);
# the script checks that "certainty" gives identical numbers for this design.
# Missing values (NA) mean "not in the domain / not answered": svymean(..., na.rm = TRUE),
# which survey computes as a domain (subset) estimate with the full design's n_h and N_h.
#
# Numbers are printed with %.17g so every double round-trips exactly (jsonlite's digits = NA
# prints only 15 significant digits).

suppressPackageStartupMessages(library(survey))
options(survey.lonely.psu = "remove")

# ---------------------------------------------------------------- JSON output ----
source(file.path(dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))), "json.R"))

# ---------------------------------------------------------------- datasets ----
# strata: data.frame(teamlid, team, N, n). Strata with n = 0 are in the frame but not in the
# sample (non-participating caseworkers); they are not part of the R design.
make_dataset <- function(name, seed, strata, shares, second_rate) {
  set.seed(seed, kind = "Mersenne-Twister", normal.kind = "Inversion", sample.kind = "Rejection")
  rows <- do.call(rbind, lapply(seq_len(nrow(strata)), function(k) {
    n <- strata$n[k]
    if (n == 0) return(NULL)
    uren <- round(rgamma(n, shape = 2, scale = 7), 2)
    data.frame(
      teamlid = strata$teamlid[k],
      team = strata$team[k],
      N_h = strata$N[k],
      huishoudtype = sample(c("gezin", "oudere", "overig"), n, replace = TRUE, prob = c(0.5, 0.3, 0.2)),
      aantal = sample(0:4, n, replace = TRUE, prob = c(0.15, 0.35, 0.25, 0.15, 0.10)),
      extra = rbinom(n, 1, 0.35),
      uren = uren,
      # hours of a second caseworker: NA when there was none (domain estimate)
      uren_tweede = ifelse(runif(n) < second_rate, round(runif(n, 1, 20), 2), NA),
      stringsAsFactors = FALSE
    )
  }))
  rows$w <- rows$N_h / ave(rows$N_h, rows$teamlid, FUN = length)
  list(name = name, strata = strata, data = rows, shares = shares)
}

datasets <- list(
  make_dataset("basis", 20240517,
    data.frame(teamlid = c("cw01", "cw02", "cw03", "cw04", "cw05", "cw06", "cw07"),
               team = c("Noord", "Noord", "Noord", "Zuid", "Zuid", "Zuid", "Zuid"),
               N = c(40, 75, 160, 6, 120, 55, 90),
               n = c(1, 7, 12, 6, 9, 4, 0),           # cw01 lonely, cw04 census, cw07 not sampled
               stringsAsFactors = FALSE),
    c(gezin = 0.45, oudere = 0.30, overig = 0.25), 0.5),
  make_dataset("groot", 777,
    data.frame(teamlid = sprintf("tl%02d", 1:8),
               team = rep(c("Centrum", "Oost"), each = 4),
               N = c(40, 64, 88, 112, 136, 160, 52, 97),
               n = c(2, 5, 8, 12, 11, 9, 3, 10),
               stringsAsFactors = FALSE),
    c(gezin = 0.52, oudere = 0.23, overig = 0.25), 0.6),
  make_dataset("randgevallen", 4242,
    data.frame(teamlid = c("r1", "r2", "r3", "r4", "r5"),
               team = c("West", "West", "West", "Oost", "Oost"),
               N = c(1, 2, 45, 70, 3),
               n = c(1, 2, 3, 6, 3),                 # r1 census of one, r2 and r5 census
               stringsAsFactors = FALSE),
    c(gezin = 0.6, oudere = 0.3, overig = 0.1), 0.3)
)

variables <- c("aantal", "extra", "uren", "uren_tweede")

# ---------------------------------------------------------------- estimation ----
# Intervals use t on the design's degrees of freedom, degf(design) = cases - strata (domain.md §6).
# Besides the symmetric interval: the logit interval of the share `extra` (svyciprop) and the
# log-scale interval mean * exp(+-t se / mean) of the non-negative means.
estimate_all <- function(design, data, levels = c(0.95)) {
  df <- degf(design)
  lapply(variables, function(v) {
    est <- svymean(as.formula(paste0("~", v)), design, na.rm = TRUE)
    m <- unname(coef(est)[1])
    se <- unname(SE(est)[1])
    out <- list(key = v, n = sum(!is.na(data[[v]])), mean = m, se = se, df = df)
    out$ci <- lapply(levels, function(level) {
      ci <- confint(est, level = level, df = df)
      list(level = level, low = unname(ci[1, 1]), high = unname(ci[1, 2]))
    })
    if (v == "extra") {
      p <- svyciprop(~extra, design, method = "logit", level = 0.95)
      ci <- attr(p, "ci")
      out$logit <- list(low = unname(ci[1]), high = unname(ci[2]))
    } else if (m > 0) {
      f <- exp(qt(0.975, df) * se / m)
      out$log <- list(low = m / f, high = m * f)
    }
    out
  })
}

build_design <- function(data) {
  svydesign(ids = ~1, strata = ~teamlid, weights = ~w, fpc = ~N_h, data = data)
}

post_stratified <- function(design, data, shares) {
  N <- sum(unique(data[, c("teamlid", "N_h")])$N_h)
  pop <- data.frame(huishoudtype = names(shares), Freq = unname(shares) * N)
  postStratify(design, ~huishoudtype, pop)
}

same_with_certainty <- function(design_fn) {
  a <- design_fn()
  old <- options(survey.lonely.psu = "certainty")
  on.exit(options(old))
  b <- design_fn()
  stopifnot(identical(a, b))
  a
}

out_datasets <- lapply(datasets, function(ds) {
  d <- ds$data
  design <- build_design(d)
  stratified <- same_with_certainty(function() estimate_all(design, d, c(0.95, 0.90, 0.99)))
  ps <- same_with_certainty(function() estimate_all(post_stratified(design, d, ds$shares), d))
  teams <- lapply(unique(d$team), function(t) {
    dt <- d[d$team == t, ]
    list(team = t, N = sum(unique(dt[, c("teamlid", "N_h")])$N_h),
         estimates = same_with_certainty(function() estimate_all(build_design(dt), dt)))
  })
  list(
    name = ds$name,
    strata = lapply(seq_len(nrow(ds$strata)), function(k)
      list(stratum = ds$strata$teamlid[k], team = ds$strata$team[k], N = ds$strata$N[k])),
    variables = as.list(variables),
    observations = lapply(seq_len(nrow(d)), function(i) list(
      stratum = d$teamlid[i],
      huishoudtype = d$huishoudtype[i],
      values = setNames(lapply(variables, function(v) d[[v]][i]), variables))),
    shares = as.list(ds$shares),
    N = sum(unique(d[, c("teamlid", "N_h")])$N_h),
    stratified = stratified,
    postStratified = ps,
    teams = teams
  )
})

qnorm_ref <- lapply(c(0.5, 0.8, 0.9, 0.95, 0.99, 0.999), function(level) {
  a <- (1 - level) / 2
  list(level = level, lower = qt(a, df = Inf), upper = qt(1 - a, df = Inf))
})

# qt(p, df) for the design's t intervals, at small and large df.
qt_ref <- lapply(c(1, 2, 3, 4, 5, 7, 10, 27, 73, 150, 500, 4900), function(df)
  list(df = df, p = list(0.6, 0.9, 0.95, 0.975, 0.995, 0.9995),
       q = lapply(c(0.6, 0.9, 0.95, 0.975, 0.995, 0.9995), function(p) qt(p, df))))

cat(to_json(list(
  generatedBy = list(
    script = "tests/reference/estimate-reference.R",
    R = R.version.string,
    survey = as.character(packageVersion("survey")),
    lonelyPsu = getOption("survey.lonely.psu")
  ),
  quantiles = qnorm_ref,
  tQuantiles = qt_ref,
  datasets = out_datasets
)), "\n", sep = "")
