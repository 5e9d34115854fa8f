using System.Globalization;
using System.Text;

namespace EidAnalytics.Cli.Samples;

/// <summary>The README.md written beside the sample data, so the folder explains itself wherever it is copied.</summary>
internal static class SampleReadme
{
    public static string Text(int seed, IReadOnlyList<OrganisationRow> organisations, SampleSummary summary)
    {
        var invariant = CultureInfo.InvariantCulture;
        var first = SampleGenerator.SnapshotDates[0].Year;
        var last = SampleGenerator.SnapshotDates[^1].Year;
        var councils = organisations.Select(o => o.Council).ToList();
        var text = new StringBuilder();
        text.Append(invariant, $$"""
            # Sample data: synthetic council workforce extracts

            **Everything in this folder is synthetic.** The councils are fictional, their GSS codes sit in
            the `999` block of each code range (`E07999001`, `W06999001`, `S12999001`, …) that no real
            organisation uses, and every row is a made-up pseudo-person from a simulation. None of it is,
            or was derived from, real personal data. It exists to demonstrate and test EidAnalytics.

            ## How it was generated

            ```
            ./eid samples                                   # writes this folder (data-samples/)
            eid-cli samples --out data-samples --seed {{seed}}   # the same, run directly
            ```

            Seed: **{{seed}}**. The generator lives in `src/EidAnalytics.Cli/Samples/`. It is
            deterministic: the same seed writes byte-identical files (UTF-8 without BOM, `\n` line
            endings, invariant number formats, fixed timestamps inside XLSX files). Another seed gives
            different people with the same councils and the same built-in patterns. Re-running replaces
            `organisations.csv`, this README and everything in `extracts/`, `profiles/` and `messy/`.

            This run wrote {{summary.Extracts}} extracts holding {{summary.Rows:N0}} rows, about {{summary.Bytes / 1_000_000.0:0.0}} MB in all.

            ## Layout

            ```
            README.md            this file
            organisations.csv    the {{summary.Organisations}} fictional councils
            extracts/            one extract per council per snapshot, 31 March {{first}} … {{last}}, in the
                                 council's layout; and the IT team's own spreadsheet beside the
                                 whole-council extracts
            profiles/            the councils' own mapping profiles: <code>_<profile>.json
            messy/               small files with deliberate mistakes, and the exact problems each
                                 must produce (messy/README.md); not loaded by ./eid up
            ```

            ## File names

            Every extract is named `<code>_<yyyy-MM-dd>[_<note>][.<profile>].csv|xlsx`: the
            organisation's GSS code, the snapshot date, optionally a note saying what the file is,
            optionally the mapping profile it is read with, and `csv` or `xlsx` (a file is told to be
            XLSX by its content, not its name). `./eid up` uploads each file for the organisation its
            name gives, with that snapshot date for files that carry none, read with the
            organisation's own profile of that name (from `profiles/<code>_<profile>.json`, saved to
            the database first) or else the built-in one. `./eid analyse` follows the same names
            (`--profile profiles/E06999003_itrent.json`).

            | layout | name | what it is |
            | --- | --- | --- |
            | v1 CSV | `<code>_<date>.csv` | the standard's 19 columns |
            | v1 XLSX | `<code>_<date>.xlsx` | the same columns in a sheet, dates stored as dates |
            | iTrent | `<code>_<date>.itrent.csv` | an iTrent people report: UK dates, dates of birth, grades, the census's 19 ethnic groups, no snapshot date column |
            | Oracle HCM | `<code>_<date>.oracle-hcm.xlsx` | an Oracle HCM report in Excel: dates stored as dates, an effective date column |
            | SuccessFactors | `<code>_<date>.successfactors.csv` | a SuccessFactors report: dates written 31.03.2025, SAP's leaving reason codes |
            | IT team's spreadsheet | `<code>_<date>_it-team.it-team.xlsx` | the IT service's own staff list: a title above the header, levels, dates typed as text |

            The HR-system layouts are written from the built-in profiles, with the council's grades
            (grades have no level in an HR report: each council's profile in `profiles/` gives them
            one), and read back into exactly the rows they were written from: a test checks that each
            gives the same metrics as the same rows in the v1 standard.

            ## organisations.csv

            | column | meaning |
            | --- | --- |
            | `code` | synthetic ONS GSS code (`[ENSW]` and 8 digits, in an unused `999` block) |
            | `name` | fictional council name |
            | `type` | `district`, `unitary`, `county`, `metropolitan_district`, `london_borough`, `welsh_unitary` or `scottish_council` |
            | `region` | one of the nine English regions, `Wales` or `Scotland` |
            | `it_team_size` | IT function (job families `it`, `digital`, `data`) headcount on 31 March {{last}}, as in that extract |
            | `workforce_size` | whole-council headcount: counted from the 31 March {{last}} extract for whole-organisation extracts; for IT-team extracts a stated size (those extracts hold only the IT team) |

            ## The extracts

            Every file, read through its profile, follows the v1 extract standard (DESIGN §5); the v1 files
            carry all 19 of its columns. A file holds everyone employed on the snapshot date and everyone
            who left in the 12 months up to it (those rows have `leave_date` and `leave_reason`). Every row
            is valid: ISO dates (or the layout's dates),
            `start_date` ≤ snapshot, `leave_date` within the 12 months and not before `start_date`,
            `level_start_date` and `last_promotion_date` between `start_date` and the snapshot (or the
            leave date), one row per `employee_ref`, `fte` > 0, `level` 1–6, codes from the standard.

            Most councils send **IT-team extracts** (job families `it`, `digital`, `data` only);
            {{organisations.Count(o => o.Council.WholeOrganisation)}} send **whole-organisation HR extracts** that also hold `other` staff, so
            metrics can be computed for the organisation as well as for the IT function. Those councils'
            IT teams also send their own spreadsheet of the same people for the same dates: both are
            loaded, and the dashboard shows the IT function (from the IT team's file) beside the whole
            organisation (from the HR extract).

            | code | council | type | region | IT team | workforce | extract | layout |
            | --- | --- | --- | --- | ---: | ---: | --- | --- |

            """);
        foreach (var (council, itTeam, workforce) in organisations)
        {
            text.Append(invariant,
                $"| `{council.Code}` | {council.Name} | {council.Type} | {council.Region} | {itTeam} | {workforce:N0} | {(council.WholeOrganisation ? "whole organisation, and the IT team's spreadsheet" : "IT team")} | {LayoutName(council.Layout)} |\n");
        }
        text.Append(invariant, $$"""

            ## Patterns built in

            Each council's workforce is simulated month by month from April {{first - 1}}: one population,
            so the same `employee_ref` (`P000123`) carries over from one snapshot to the next until the
            person leaves, after which they never appear again.

            - **Posts and vacancies.** Each council has posts per level (a pyramid: few apprentices and
              heads, most people at practitioner and senior levels) that grow or shrink a little each year.
              A vacancy is filled by promoting someone from the level below (more often at senior levels)
              or by an outside hire, usually a month or two after it opens. Teams of {{WorkforceSimulation.TinyTeam}} or fewer
              backfill at once.
            - **Women's representation.** Women's share of IT hires is set per council, from
              {{councils.Min(c => c.WomenShare) * 100:0.#}}% to {{councils.Max(c => c.WomenShare) * 100:0.#}}%. Judged as the service judges it (the 95% interval
              of the share against the 12–16% baseline band), most councils come out within the band
              and a few above or below it; the point estimates spread more widely, and the smallest
              teams swing with every hire. The share thins with seniority: women are far fewer at
              levels 5–6 than at levels 1–3. Digital and data roles hire a little more women than
              infrastructure (`it`). A few councils' hiring drifts more (or less) female year on year. In
              whole-organisation extracts about 70% of `other` staff are women, thinning more gently.
            - **Leaving.** Yearly turnover of roughly 9–14% at practitioner level, higher for apprentices
              and in the first year, lower for heads. Reasons: mostly `voluntary`, some `end_of_contract`
              (most of all for apprentices), `involuntary` and `other`, and `retirement` from 55 and
              rising with age. In some councils women leave more often than men (up to {{councils.Max(c => c.WomenLeaving):0.0#}}
              times as often).
            - **Progression.** Promotions set `last_promotion_date` and `level_start_date`; apprentices
              move to level 2 after 18 months or more. In a few councils women are less likely to be picked
              for an internal promotion (down to {{councils.Min(c => c.WomenPromotion):0.0#}} times men's chance, below the four-fifths
              line); in teams this size chance can hide or exaggerate that in any one year.
            - **Working pattern.** Part-time work (`fte` 0.4–0.8, `part_time`) is mostly women's: about
              16% of women and 3% of men in IT, 40% and 10% elsewhere; people switch now and then.
            - **Pay.** `hourly_pay` by level (from about £11.50 for apprentices to £42 for heads in
              2020, lifted by each April's pay award, yearly increments within a level, a London and
              South East weighting), with women placed slightly lower within a level: a modest gap on
              top of the gap from fewer women in senior posts. `bonus_pay` is 0 except in councils that pay
              bonuses, where a minority (more often senior, more often men) get a lump sum.
            - **Other characteristics.** `ethnicity` follows each region's mix (London most diverse; the
              HR layouts write one of the census's 19 detailed groups within the person's group),
              `disability` about 8–11% `yes`, `age_band` from date of birth at the snapshot date, leavers
              too, as a date of birth is banded on ingest; each council has its own declaration rates,
              so some `undisclosed` everywhere.
              `gender` is `undisclosed` for 0.5–3% and `other` for under 1%.
            - **Grades.** Each council uses one of three local grade schemes in `grade`.

            """);
        return text.ToString();
    }

    private static string LayoutName(SampleLayout layout) => layout switch
    {
        SampleLayout.Standard => "v1 CSV",
        SampleLayout.StandardXlsx => "v1 XLSX",
        SampleLayout.ITrent => "iTrent CSV",
        SampleLayout.OracleHcm => "Oracle HCM XLSX",
        _ => "SuccessFactors CSV",
    };
}
