using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Cli.Samples;

/// <summary>
/// Simulates one council's workforce month by month through the year before each of
/// <see cref="SampleGenerator.SnapshotDates"/> and takes a v1 extract on each. One population carries over between snapshots: joiners fill vacancies
/// (or internal promotions do, cascading the vacancy down a level), people leave and never come
/// back, apprentices complete and move up. Every draw comes from one seeded <see cref="Random"/> in a
/// fixed order, so the same seed gives the same people.
/// </summary>
internal sealed class WorkforceSimulation
{
    /// <summary>The day the starting population is drawn: the first snapshot's 12-month period starts the day after.</summary>
    private static readonly DateOnly StartingDate = SampleGenerator.SnapshotDates[0].AddYears(-1);

    private static readonly DateOnly FirstMonth = StartingDate.AddDays(1);
    private static readonly DateOnly LastMonth = SampleGenerator.SnapshotDates[^1].AddDays(1 - SampleGenerator.SnapshotDates[^1].Day);

    // Share of posts at levels 1–6: a pyramid for IT; the rest of a council is weighted to levels 2–3.
    private static readonly double[] ItPosts = [0.05, 0.17, 0.35, 0.25, 0.13, 0.05];
    private static readonly double[] OtherPosts = [0.04, 0.30, 0.34, 0.20, 0.09, 0.03];

    // Women's share of hires at each level relative to the unit's overall share: the thinning with
    // seniority seen in IT functions, and more gently in the rest of a council's (mostly female) workforce.
    private static readonly double[] ItWomenByLevel = Normalise([1.5, 1.3, 1.1, 0.9, 0.72, 0.5], ItPosts);
    private static readonly double[] OtherWomenByLevel = Normalise([1.1, 1.12, 1.05, 0.95, 0.82, 0.68], OtherPosts);

    /// <summary>Share of IT hires per family and women's relative share in it (digital and data hire more women than infrastructure).</summary>
    private static readonly (JobFamily Family, double Share, double Women)[] ItFamilies =
        [(JobFamily.It, 0.60, 0.9), (JobFamily.Digital, 0.25, 1.2), (JobFamily.Data, 0.15, 1.2)];

    // Hourly pay at each level in April 2020 prices, before London/South East weighting and increments.
    private static readonly double[] ItPay = [11.50, 15.20, 19.80, 25.50, 32.50, 42.00];
    private static readonly double[] OtherPay = [11.00, 12.80, 15.60, 20.00, 26.50, 38.00];

    /// <summary>National pay awards in force from each 1 April after April 2020, as multipliers.</summary>
    private static readonly (DateOnly From, double Rise)[] PayAwards =
        [(new(2021, 4, 1), 1.0175), (new(2022, 4, 1), 1.05), (new(2023, 4, 1), 1.055), (new(2024, 4, 1), 1.045)];

    // Apprentices leave most (end of their contract), heads of service least.
    private static readonly double[] LeavingByLevel = [1.6, 1.2, 1.0, 0.9, 0.8, 0.7];

    /// <summary>Chance that a vacancy at a level is filled by promoting someone from the level below.</summary>
    private static readonly double[] InternalFillByLevel = [0, 0.35, 0.35, 0.40, 0.45, 0.50];

    private static readonly double[] PartTimeFte = [0.4, 0.5, 0.6, 0.6, 0.7, 0.8, 0.8];

    private static readonly string[][] GradeSchemes =
    [
        ["Scale 3", "Scale 6", "SO2", "PO3", "PO7", "HoS"],
        ["G4", "G6", "G8", "G10", "G12", "G15"],
        ["Band B", "Band D", "Band F", "Band H", "Band J", "Band L"],
    ];

    /// <summary>IT teams this small cannot carry a vacancy: they backfill at once and keep their size.</summary>
    public const int TinyTeam = 5;

    private readonly SampleCouncil _council;
    private readonly Random _random;
    private readonly List<Unit> _units = [];
    private List<Person> _employed = [];
    private readonly List<Person> _leavers = [];
    private int _lastRef;

    // Council-level variation drawn once from the seed.
    private readonly string[] _grades;
    private readonly double _regionalPay;
    private readonly double _minorityShare;
    private readonly double _ethnicityUndisclosed;
    private readonly double _disabilityUndisclosed;
    private readonly double _genderUndisclosed;
    private readonly double _womenPay;

    private WorkforceSimulation(SampleCouncil council, Random random)
    {
        _council = council;
        _random = random;
        _grades = GradeSchemes[random.Next(GradeSchemes.Length)];
        _regionalPay = council.Region switch
        {
            Regions.London => 1.15,
            Regions.SouthEast => 1.04,
            _ => 1.0,
        };
        _minorityShare = MinorityShare(council.Region);
        _ethnicityUndisclosed = Between(0.03, 0.15);
        _disabilityUndisclosed = Between(0.05, 0.20);
        _genderUndisclosed = Between(0.005, 0.03);
        // Women start slightly lower in a level's range: a modest within-level gap on top of the gap
        // that comes from fewer women in senior posts.
        _womenPay = 1 - Between(0, 0.03);

        var tiny = council.ItTeam <= TinyTeam;
        _units.Add(new Unit
        {
            ItFunction = true,
            Posts = PostsByYear(council.ItTeam, ItPosts, tiny ? 1.0 : 1 + Between(-0.02, 0.04)),
            WomenShare = council.WomenShare,
            WomenByLevel = ItWomenByLevel,
            Turnover = Between(0.09, 0.14),
            FillChance = tiny ? 1.0 : 0.55,
            Pay = ItPay,
            PartTimeWomen = 0.16,
            PartTimeMen = 0.03,
        });
        if (council.WholeOrganisation)
        {
            _units.Add(new Unit
            {
                ItFunction = false,
                Posts = PostsByYear(council.Workforce - council.ItTeam, OtherPosts, 1 + Between(-0.02, 0.02)),
                WomenShare = Between(0.68, 0.76),
                WomenByLevel = OtherWomenByLevel,
                Turnover = Between(0.10, 0.14),
                FillChance = 0.55,
                Pay = OtherPay,
                PartTimeWomen = 0.40,
                PartTimeMen = 0.10,
            });
        }
    }

    /// <summary>Runs the simulation and returns the extract rows at each of <see cref="SampleGenerator.SnapshotDates"/>, ordered by employee_ref.</summary>
    public static SimulatedCouncil Run(SampleCouncil council, int seed)
    {
        var simulation = new WorkforceSimulation(council, new Random(seed));
        simulation.DrawStartingPopulation();
        var snapshots = new List<IReadOnlyList<SampleRow>>();
        for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1))
        {
            var year = ((month.Year - FirstMonth.Year) * 12 + month.Month - FirstMonth.Month) / 12;
            simulation.Leave(month);
            simulation.ChangeWorkingPatterns();
            simulation.CompleteApprenticeships(month);
            foreach (var unit in simulation._units)
            {
                simulation.FillVacancies(unit, year, month);
            }
            var monthEnd = month.AddMonths(1).AddDays(-1);
            if (SampleGenerator.SnapshotDates.Contains(monthEnd))
            {
                snapshots.Add(simulation.Snapshot(monthEnd));
            }
        }
        return new SimulatedCouncil(snapshots, simulation._grades);
    }

    private void DrawStartingPopulation()
    {
        var posts = _units.SelectMany(unit => unit.Posts[0].SelectMany((count, i) => Enumerable.Repeat((unit, Level: i + 1), count))).ToArray();
        // Shuffled so that employee_ref order says nothing about level or unit.
        _random.Shuffle(posts);
        foreach (var (unit, level) in posts)
        {
            var age = level switch
            {
                1 => Triangular(17, 30),
                2 => Triangular(20, 50),
                3 => Triangular(23, 62),
                4 => Triangular(27, 63),
                5 => Triangular(31, 63),
                _ => Triangular(37, 63),
            };
            // Apprentices are recent joiners still on their first level; others have tenure with a long tail.
            double tenure, atLevel;
            if (level == 1)
            {
                tenure = atLevel = Between(0, 1.5);
            }
            else
            {
                tenure = Math.Min(Exponential(7.5), age - 17);
                atLevel = Math.Min(tenure, Exponential(3.5));
            }
            var start = StartingDate.AddDays(-(int)(tenure * 365.25));
            var levelStart = StartingDate.AddDays(-(int)(atLevel * 365.25));
            var person = NewPerson(unit, level, start, StartingDate.AddDays(-(int)(age * 365.25)), year: 0);
            person.LevelStartDate = levelStart;
            person.LastPromotionDate = levelStart > start ? levelStart : null;
            _employed.Add(person);
        }
    }

    private void Leave(DateOnly month)
    {
        var stayers = new List<Person>(_employed.Count);
        foreach (var person in _employed)
        {
            var age = AgeOn(person, month);
            var retiring = age switch
            {
                < 55 => 0,
                < 60 => 0.02,
                < 65 => 0.10,
                < 67 => 0.30,
                _ => 0.70,
            };
            var moving = person.Unit.Turnover * LeavingByLevel[person.Level - 1]
                * (person.Gender == Gender.Female ? _council.WomenLeaving : 1)
                * (person.StartDate > month.AddYears(-1) ? 1.3 : 1);
            if (_random.NextDouble() >= MonthlyChance(retiring + moving))
            {
                stayers.Add(person);
                continue;
            }
            person.LeaveDate = DayIn(month);
            person.LeaveReason = _random.NextDouble() * (retiring + moving) < retiring ? LeaveReason.Retirement : MovingReason(person.Level);
            _leavers.Add(person);
        }
        _employed = stayers;
    }

    private LeaveReason MovingReason(int level)
    {
        var u = _random.NextDouble();
        return level == 1
            ? u switch { < 0.55 => LeaveReason.Voluntary, < 0.90 => LeaveReason.EndOfContract, < 0.95 => LeaveReason.Involuntary, _ => LeaveReason.Other }
            : u switch { < 0.80 => LeaveReason.Voluntary, < 0.88 => LeaveReason.EndOfContract, < 0.96 => LeaveReason.Involuntary, _ => LeaveReason.Other };
    }

    /// <summary>People move between full- and part-time now and then; women far more often go part-time.</summary>
    private void ChangeWorkingPatterns()
    {
        foreach (var person in _employed)
        {
            if (person.Level == 1)
            {
                continue;
            }
            if (person.Fte < 1)
            {
                if (_random.NextDouble() < MonthlyChance(0.08))
                {
                    person.Fte = 1;
                }
            }
            else if (_random.NextDouble() < MonthlyChance(person.Gender == Gender.Female ? 0.02 : 0.005))
            {
                person.Fte = PartTimeFte[_random.Next(PartTimeFte.Length)];
            }
        }
    }

    /// <summary>Apprentices move up to level 2 when they complete, 18 months or more after starting.</summary>
    private void CompleteApprenticeships(DateOnly month)
    {
        foreach (var person in _employed)
        {
            if (person.Level == 1 && person.LevelStartDate <= month.AddMonths(-18) && _random.NextDouble() < 0.2)
            {
                Promote(person, month);
            }
        }
    }

    /// <summary>
    /// Fills open posts from the top level down, so that a vacancy filled by promotion opens one at
    /// the level below in the same month. Each vacancy is filled this month only by chance: recruiting takes time.
    /// </summary>
    private void FillVacancies(Unit unit, int year, DateOnly month)
    {
        for (var level = 6; level >= 1; level--)
        {
            var open = unit.Posts[year][level - 1] - _employed.Count(p => p.Unit == unit && p.Level == level);
            for (var i = 0; i < open; i++)
            {
                if (_random.NextDouble() >= unit.FillChance)
                {
                    continue;
                }
                if (_random.NextDouble() < InternalFillByLevel[level - 1] && PickForPromotion(unit, level - 1, month) is { } promoted)
                {
                    Promote(promoted, month);
                    continue;
                }
                _employed.Add(NewPerson(unit, level, DayIn(month), birthDate: null, year));
            }
        }
    }

    /// <summary>Picks someone with a year or more at <paramref name="level"/>, weighting women by <see cref="SampleCouncil.WomenPromotion"/>.</summary>
    private Person? PickForPromotion(Unit unit, int level, DateOnly month)
    {
        var candidates = _employed.Where(p => p.Unit == unit && p.Level == level && p.LevelStartDate <= month.AddYears(-1)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var weights = candidates.Select(p => p.Gender == Gender.Female ? _council.WomenPromotion : 1).ToList();
        var pick = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < candidates.Count; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return candidates[i];
            }
        }
        return candidates[^1];
    }

    private void Promote(Person person, DateOnly month)
    {
        person.Level++;
        person.LevelStartDate = DayIn(month);
        person.LastPromotionDate = person.LevelStartDate;
    }

    /// <summary>
    /// A new person at <paramref name="level"/> from <paramref name="start"/>: a null <paramref name="birthDate"/>
    /// draws an age at hire fitting the level; <paramref name="year"/> (of the simulation, from 0) applies the council's hiring trend.
    /// </summary>
    private Person NewPerson(Unit unit, int level, DateOnly start, DateOnly? birthDate, int year)
    {
        var family = unit.ItFunction ? PickItFamily() : (Family: JobFamily.Other, Women: 1.0);
        var gender = PickGender(unit.WomenShare * unit.WomenByLevel[level - 1] * family.Women * (1 + _council.HiringTrend * year), unit.ItFunction);
        birthDate ??= start.AddDays(-(int)(365.25 * level switch
        {
            1 => _random.NextDouble() < 0.8 ? Between(16, 24) : Between(25, 45),
            2 => Between(19, 40),
            3 => Between(22, 55),
            4 => Between(26, 58),
            5 => Between(30, 60),
            _ => Between(35, 60),
        }));
        var partTime = level > 1
            && _random.NextDouble() < (gender == Gender.Female ? unit.PartTimeWomen : unit.PartTimeMen) * (level == 6 ? 0.5 : 1);
        return new Person
        {
            Ref = $"P{++_lastRef:D6}",
            Unit = unit,
            JobFamily = family.Family,
            Gender = gender,
            Ethnicity = PickEthnicity(unit.ItFunction),
            Disability = _random.NextDouble() < _disabilityUndisclosed ? Disability.Undisclosed
                : _random.NextDouble() < (unit.ItFunction ? 0.08 : 0.11) ? Disability.Yes : Disability.No,
            BirthDate = birthDate.Value,
            StartDate = start,
            PayPosition = Between(0.95, 1.05) * (gender == Gender.Female ? _womenPay : 1),
            Level = level,
            LevelStartDate = start,
            Fte = partTime ? PartTimeFte[_random.Next(PartTimeFte.Length)] : 1,
        };
    }

    private (JobFamily Family, double Women) PickItFamily()
    {
        var u = _random.NextDouble();
        foreach (var (family, share, women) in ItFamilies)
        {
            u -= share;
            if (u < 0)
            {
                return (family, women);
            }
        }
        return (ItFamilies[^1].Family, ItFamilies[^1].Women);
    }

    private Gender PickGender(double womenShare, bool itFunction)
    {
        var u = _random.NextDouble();
        // "other" is rare everywhere; IT functions report it a little more often.
        var other = itFunction ? 0.006 : 0.003;
        if (u < _genderUndisclosed)
        {
            return Gender.Undisclosed;
        }
        if (u < _genderUndisclosed + other)
        {
            return Gender.Other;
        }
        return _random.NextDouble() < Math.Min(womenShare, 0.95) ? Gender.Female : Gender.Male;
    }

    private Ethnicity PickEthnicity(bool itFunction)
    {
        if (_random.NextDouble() < _ethnicityUndisclosed)
        {
            return Ethnicity.Undisclosed;
        }
        // IT functions recruit from a wider market than the rest of a council, so a little more diversely.
        if (_random.NextDouble() >= _minorityShare * (itFunction ? 1.2 : 1))
        {
            return Ethnicity.White;
        }
        var london = _council.Region == Regions.London;
        return _random.NextDouble() switch
        {
            var u when u < (london ? 0.42 : 0.50) => Ethnicity.Asian,
            var u when u < (london ? 0.75 : 0.70) => Ethnicity.Black,
            var u when u < (london ? 0.89 : 0.88) => Ethnicity.Mixed,
            _ => Ethnicity.Other,
        };
    }

    private List<SampleRow> Snapshot(DateOnly snapshot)
    {
        var periodStart = snapshot.AddYears(-1);
        return _employed
            .Concat(_leavers.Where(p => p.LeaveDate > periodStart && p.LeaveDate <= snapshot))
            .OrderBy(p => p.Ref, StringComparer.Ordinal)
            .Select(p => new SampleRow(Row(p, snapshot), p.BirthDate))
            .ToList();
    }

    /// <summary>A person's row as the HR system would show it at the snapshot; a leaver as they were on leaving.</summary>
    private EmployeeRecord Row(Person person, DateOnly snapshot)
    {
        var asOf = person.LeaveDate ?? snapshot;
        var yearsAtLevel = (asOf.DayNumber - person.LevelStartDate.DayNumber) / 365.25;
        var pay = person.Unit.Pay[person.Level - 1] * _regionalPay * PayIndex(asOf)
            * (1 + 0.03 * Math.Min(Math.Floor(yearsAtLevel), 4)) * person.PayPosition;
        return new EmployeeRecord
        {
            OrganisationCode = _council.Code,
            SnapshotDate = snapshot,
            EmployeeRef = person.Ref,
            JobFamily = person.JobFamily,
            Level = person.Level,
            Grade = _grades[person.Level - 1],
            Fte = person.Fte,
            StartDate = person.StartDate,
            LevelStartDate = person.LevelStartDate,
            LastPromotionDate = person.LastPromotionDate,
            LeaveDate = person.LeaveDate,
            LeaveReason = person.LeaveReason,
            Gender = person.Gender,
            Ethnicity = person.Ethnicity,
            Disability = person.Disability,
            // Banded at the snapshot date, leavers too, as a date of birth is banded on ingest.
            AgeBand = AgeBandOf(AgeOn(person, snapshot)),
            WorkingPattern = person.Fte < 1 ? WorkingPattern.PartTime : WorkingPattern.FullTime,
            HourlyPay = Money(pay),
            BonusPay = Bonus(person, pay),
        };
    }

    /// <summary>A lump sum for a minority, likelier higher up and (as in many employers' figures) for men.</summary>
    private double Bonus(Person person, double hourlyPay)
    {
        if (!_council.PaysBonuses)
        {
            return 0;
        }
        var chance = (0.04 + 0.02 * (person.Level - 1)) * (person.Gender == Gender.Male ? 1.3 : 1);
        return _random.NextDouble() < chance ? Money(hourlyPay * 1950 * person.Fte * Between(0.01, 0.05)) : 0;
    }

    private static double PayIndex(DateOnly date) =>
        PayAwards.Where(award => award.From <= date).Aggregate(1.0, (index, award) => index * award.Rise);

    private static double Money(double amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static AgeBand AgeBandOf(int age) => age switch
    {
        < 25 => AgeBand.From16To24,
        < 35 => AgeBand.From25To34,
        < 45 => AgeBand.From35To44,
        < 55 => AgeBand.From45To54,
        < 65 => AgeBand.From55To64,
        _ => AgeBand.From65,
    };

    private static int AgeOn(Person person, DateOnly date)
    {
        var age = date.Year - person.BirthDate.Year;
        return date < person.BirthDate.AddYears(age) ? age - 1 : age;
    }

    /// <summary>Share of a region's working-age population from an ethnic minority, roughly as in the 2021 census.</summary>
    private static double MinorityShare(string region) => region switch
    {
        Regions.London => 0.40,
        Regions.WestMidlands => 0.18,
        Regions.Yorkshire or Regions.EastMidlands => 0.12,
        Regions.NorthWest => 0.10,
        Regions.EastOfEngland or Regions.SouthEast => 0.09,
        Regions.NorthEast or Regions.SouthWest or Regions.Wales => 0.05,
        _ => 0.04,
    };

    /// <summary>
    /// Posts per level for each year of the simulation, the total growing by <paramref name="growth"/>
    /// a year. Person i of n takes the level at quantile (i + ½)/n of the level shares, so a team of
    /// three still gets a junior, a practitioner and a lead rather than three practitioners.
    /// </summary>
    private static int[][] PostsByYear(int startingTotal, double[] shares, double growth) =>
        Enumerable.Range(0, SampleGenerator.SnapshotDates.Count).Select(year =>
        {
            var total = Math.Max(3, (int)Math.Round(startingTotal * Math.Pow(growth, year)));
            var posts = new int[shares.Length];
            for (var i = 0; i < total; i++)
            {
                var quantile = (i + 0.5) / total;
                var level = 0;
                for (var cumulative = shares[0]; cumulative < quantile && level < shares.Length - 1; cumulative += shares[level])
                {
                    level++;
                }
                posts[level]++;
            }
            return posts;
        }).ToArray();

    /// <summary>Scales relative factors so that, weighted by the posts at each level, they average 1.</summary>
    private static double[] Normalise(double[] factors, double[] weights)
    {
        var mean = factors.Zip(weights, (f, w) => f * w).Sum();
        return factors.Select(f => f / mean).ToArray();
    }

    private static double MonthlyChance(double yearly) => 1 - Math.Pow(1 - Math.Min(yearly, 0.95), 1.0 / 12);

    private DateOnly DayIn(DateOnly month) => month.AddDays(_random.Next(DateTime.DaysInMonth(month.Year, month.Month)));

    private double Between(double low, double high) => low + (high - low) * _random.NextDouble();

    private double Triangular(double low, double high) => low + (high - low) * (_random.NextDouble() + _random.NextDouble()) / 2;

    private double Exponential(double mean) => -mean * Math.Log(1 - _random.NextDouble());

    /// <summary>A group of posts simulated together: the IT function, or the rest of a whole-organisation extract.</summary>
    private sealed class Unit
    {
        public required bool ItFunction { get; init; }

        /// <summary>Posts at levels 1–6 (index 0–5) for each year of the simulation.</summary>
        public required int[][] Posts { get; init; }
        public required double WomenShare { get; init; }
        public required double[] WomenByLevel { get; init; }

        /// <summary>Yearly leaving rate, other than retirement, at the practitioner level.</summary>
        public required double Turnover { get; init; }

        /// <summary>Chance that an open post is filled in a given month.</summary>
        public required double FillChance { get; init; }
        public required double[] Pay { get; init; }
        public required double PartTimeWomen { get; init; }
        public required double PartTimeMen { get; init; }
    }

    private sealed class Person
    {
        public required string Ref { get; init; }
        public required Unit Unit { get; init; }
        public required JobFamily JobFamily { get; init; }
        public required Gender Gender { get; init; }
        public required Ethnicity Ethnicity { get; init; }
        public required Disability Disability { get; init; }
        public required DateOnly BirthDate { get; init; }
        public required DateOnly StartDate { get; init; }

        /// <summary>Where the person sits in their level's pay range (about 0.95–1.05).</summary>
        public required double PayPosition { get; init; }
        public required int Level { get; set; }
        public required DateOnly LevelStartDate { get; set; }
        public DateOnly? LastPromotionDate { get; set; }
        public required double Fte { get; set; }
        public DateOnly? LeaveDate { get; set; }
        public LeaveReason? LeaveReason { get; set; }
    }
}
