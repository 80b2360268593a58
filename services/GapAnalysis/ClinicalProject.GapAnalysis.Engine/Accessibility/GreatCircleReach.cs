namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// Finds the sites within a great-circle radius of every area without testing every pair: sites are bucketed on a
/// latitude/longitude grid of cells half a radius wide; each area visits, row by row, only the cells the spherical
/// cap around it can touch (its exact longitude extent on that row), tests each site there with a haversine built
/// from precomputed half-angle sines and cosines (no trigonometric call per candidate), and computes the minutes
/// of the sites within reach.
/// </summary>
internal static class GreatCircleReach
{
    private const double DegreesToRadians = Math.PI / 180;

    public static ReachChunk[] Build(IReadOnlyList<DemandPoint> demand, IReadOnlyList<SupplyPoint> supply,
        double speedKmPerHour, double maximumMinutes)
    {
        var grid = new SiteGrid(supply, speedKmPerHour, maximumMinutes);
        var chunkCount = ReachChunk.ChunkCount(demand.Count);
        var chunks = new ReachChunk[chunkCount];
        // Each worker writes its chunks one after another into blocks of its own (PairWriter), which the chunks keep.
        var firstCapacity = (int)Math.Clamp((long)demand.Count * supply.Count / Math.Max(1, Environment.ProcessorCount), 16, 1 << 22);
        Parallel.For(0, chunkCount, () => new FillingSink(grid, new PairWriter(firstCapacity)), (c, _, sink) =>
        {
            var (first, count) = ReachChunk.Range(demand.Count, chunkCount, c);
            var starts = new int[count + 1];
            for (var k = 0; k < count; k++)
            {
                var point = demand[first + k];
                grid.Collect(new Area(point.Latitude * DegreesToRadians, point.Longitude * DegreesToRadians), sink);
                starts[k + 1] = sink.Pairs.ChunkPairs;
            }

            var (sites, minutes) = sink.Pairs.TakeChunk();
            chunks[c] = new ReachChunk(first, starts, sites, minutes);
            return sink;
        }, static sink => sink.Pairs.Finish());
        return chunks;
    }

    /// <summary>Keeps the candidates whose exact time is within the catchment.</summary>
    private sealed class FillingSink(SiteGrid grid, PairWriter pairs)
    {
        public PairWriter Pairs { get; } = pairs;

        public void Add(int site, double haversine)
        {
            var time = grid.MinutesFor(haversine);
            if (time <= grid.MaximumMinutes)
            {
                Pairs.Add(site, time);
            }
        }
    }

    /// <summary>Sites sorted by grid cell, with their half-angle sines and cosines, and the cells' start offsets.</summary>
    private sealed class SiteGrid
    {
        private const int MaximumCells = 1 << 22;
        private readonly double _minutesPerRadian;
        private readonly double _maximumMinutes;
        private readonly double _angle;
        private readonly double _maximumHaversine;
        private readonly bool _everywhere;
        private readonly double _minPhi;
        private readonly double _minLambda;
        private readonly double _cell;
        private readonly int _rows;
        private readonly int _columns;
        private readonly int[] _cellStart;
        private readonly int[] _index;
        private readonly double[] _sinHalfPhi;
        private readonly double[] _cosHalfPhi;
        private readonly double[] _sinHalfLambda;
        private readonly double[] _cosHalfLambda;
        private readonly double[] _cosPhi;

        public SiteGrid(IReadOnlyList<SupplyPoint> supply, double speedKmPerHour, double maximumMinutes)
        {
            _minutesPerRadian = 2 * GreatCircle.EarthRadiusKm / speedKmPerHour * 60;
            _maximumMinutes = maximumMinutes;
            // The cap's angular radius, a hair wider than the catchment so rounding never loses a pair: the exact
            // time decides.
            _angle = maximumMinutes / 60 * speedKmPerHour / GreatCircle.EarthRadiusKm * (1 + 1e-9);
            var n = supply.Count;
            _everywhere = n == 0 || !(_angle < Math.PI / 4);
            var sinHalfAngle = Math.Sin(Math.Min(_angle, Math.PI) / 2);
            _maximumHaversine = _everywhere ? double.PositiveInfinity : sinHalfAngle * sinHalfAngle * (1 + 1e-9);
            var phi = new double[n];
            var lambda = new double[n];
            double minPhi = double.MaxValue, maxPhi = double.MinValue, minLambda = double.MaxValue, maxLambda = double.MinValue;
            for (var j = 0; j < n; j++)
            {
                phi[j] = supply[j].Latitude * DegreesToRadians;
                lambda[j] = supply[j].Longitude * DegreesToRadians;
                minPhi = Math.Min(minPhi, phi[j]);
                maxPhi = Math.Max(maxPhi, phi[j]);
                minLambda = Math.Min(minLambda, lambda[j]);
                maxLambda = Math.Max(maxLambda, lambda[j]);
            }

            var cell = _everywhere ? double.PositiveInfinity : _angle / 2;
            var rows = _everywhere ? 1 : (int)Math.Min((maxPhi - minPhi) / cell, MaximumCells) + 1;
            var columns = _everywhere ? 1 : (int)Math.Min((maxLambda - minLambda) / cell, MaximumCells) + 1;
            while ((long)rows * columns > MaximumCells)
            {
                cell *= 2;
                rows = (int)((maxPhi - minPhi) / cell) + 1;
                columns = (int)((maxLambda - minLambda) / cell) + 1;
            }

            _minPhi = n == 0 ? 0 : minPhi;
            _minLambda = n == 0 ? 0 : minLambda;
            _cell = cell;
            _rows = rows;
            _columns = columns;
            var cellOf = new int[n];
            var start = new int[rows * columns + 1];
            for (var j = 0; j < n; j++)
            {
                cellOf[j] = CellOf(phi[j], lambda[j]);
                start[cellOf[j] + 1]++;
            }

            for (var c = 0; c < rows * columns; c++)
            {
                start[c + 1] += start[c];
            }

            var next = start[..^1];
            _index = new int[n];
            _sinHalfPhi = new double[n];
            _cosHalfPhi = new double[n];
            _sinHalfLambda = new double[n];
            _cosHalfLambda = new double[n];
            _cosPhi = new double[n];
            for (var j = 0; j < n; j++)
            {
                var at = next[cellOf[j]]++;
                _index[at] = j;
                _sinHalfPhi[at] = Math.Sin(phi[j] / 2);
                _cosHalfPhi[at] = Math.Cos(phi[j] / 2);
                _sinHalfLambda[at] = Math.Sin(lambda[j] / 2);
                _cosHalfLambda[at] = Math.Cos(lambda[j] / 2);
                _cosPhi[at] = Math.Cos(phi[j]);
            }

            _cellStart = start;
        }

        private int CellOf(double phi, double lambda)
        {
            if (_everywhere)
            {
                return 0;
            }

            var row = Math.Clamp((int)((phi - _minPhi) / _cell), 0, _rows - 1);
            var column = Math.Clamp((int)((lambda - _minLambda) / _cell), 0, _columns - 1);
            return row * _columns + column;
        }

        public double MaximumMinutes => _maximumMinutes;

        /// <summary>Minutes from a haversine h: R × 2 asin(√h) / speed × 60, the constant factor taken once.</summary>
        public double MinutesFor(double haversine) => ArcSine(Math.Sqrt(Math.Min(1, haversine))) * _minutesPerRadian;

        /// <summary>
        /// asin x; below 0.02 (an arc under about 250 km) by its series to x⁹, whose first omitted term is under
        /// 1e-18 of the result: as exact as Math.Asin in double precision, at a fraction of its cost.
        /// </summary>
        private static double ArcSine(double x)
        {
            if (x > 0.02)
            {
                return Math.Asin(x);
            }

            var x2 = x * x;
            return x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (5.0 / 112 + x2 * (35.0 / 1152)))));
        }

        public void Collect(in Area area, FillingSink pairs)
        {
            if (_everywhere)
            {
                Scan(0, 0, area, pairs);
                return;
            }

            var phi = area.Phi;
            var lambda = area.Lambda;

            const double margin = 1e-9;
            var rowLow = (int)Math.Floor((phi - _angle - margin - _minPhi) / _cell);
            var rowHigh = (int)Math.Floor((phi + _angle + margin - _minPhi) / _cell);
            if (rowHigh < 0 || rowLow >= _rows)
            {
                return;
            }

            rowLow = Math.Max(rowLow, 0);
            rowHigh = Math.Min(rowHigh, _rows - 1);
            var holdsPole = Math.Abs(phi) + _angle >= Math.PI / 2;
            var cosAngle = Math.Cos(_angle);
            // The cap is widest in longitude at sin φw = sin φ / cos δ; on a row, at the row's latitude nearest φw.
            var widest = holdsPole ? 0 : Math.Asin(Math.Clamp(Math.Sin(phi) / cosAngle, -1, 1));
            for (var row = rowLow; row <= rowHigh; row++)
            {
                double halfWidth;
                if (holdsPole)
                {
                    halfWidth = Math.PI;
                }
                else
                {
                    var nearest = Math.Clamp(widest, _minPhi + row * _cell, _minPhi + (row + 1) * _cell);
                    var cosWidth = (cosAngle - Math.Sin(phi) * Math.Sin(nearest)) / (Math.Cos(phi) * Math.Cos(nearest));
                    halfWidth = cosWidth <= -1 ? Math.PI : Math.Acos(Math.Min(1, cosWidth)) * (1 + 1e-6) + margin;
                }

                if (halfWidth >= Math.PI)
                {
                    Scan(row * _columns, row * _columns + _columns - 1, area, pairs);
                    continue;
                }

                // The longitude window, and its copies one turn east and west when it crosses the antimeridian.
                for (var shift = -1; shift <= 1; shift++)
                {
                    var low = lambda - halfWidth + shift * 2 * Math.PI;
                    var high = lambda + halfWidth + shift * 2 * Math.PI;
                    var columnLow = (int)Math.Floor((low - _minLambda) / _cell);
                    var columnHigh = (int)Math.Floor((high - _minLambda) / _cell);
                    if (columnHigh < 0 || columnLow >= _columns)
                    {
                        continue;
                    }

                    Scan(row * _columns + Math.Max(columnLow, 0), row * _columns + Math.Min(columnHigh, _columns - 1),
                        area, pairs);
                }
            }
        }

        private void Scan(int firstCell, int lastCell, in Area area, FillingSink pairs)
        {
            var end = _cellStart[lastCell + 1];
            for (var s = _cellStart[firstCell]; s < end; s++)
            {
                // sin((φ₂ − φ₁)/2) and sin((λ₂ − λ₁)/2) from the half angles' sines and cosines.
                var sinHalfDPhi = _sinHalfPhi[s] * area.CosHalfPhi - _cosHalfPhi[s] * area.SinHalfPhi;
                var sinHalfDLambda = _sinHalfLambda[s] * area.CosHalfLambda - _cosHalfLambda[s] * area.SinHalfLambda;
                var h = sinHalfDPhi * sinHalfDPhi + area.CosPhi * _cosPhi[s] * sinHalfDLambda * sinHalfDLambda;
                if (h <= _maximumHaversine)
                {
                    pairs.Add(_index[s], h);
                }
            }
        }
    }

    private readonly struct Area(double phi, double lambda)
    {
        public double Phi { get; } = phi;

        public double Lambda { get; } = lambda;

        public double SinHalfPhi { get; } = Math.Sin(phi / 2);

        public double CosHalfPhi { get; } = Math.Cos(phi / 2);

        public double SinHalfLambda { get; } = Math.Sin(lambda / 2);

        public double CosHalfLambda { get; } = Math.Cos(lambda / 2);

        public double CosPhi { get; } = Math.Cos(phi);
    }
}
