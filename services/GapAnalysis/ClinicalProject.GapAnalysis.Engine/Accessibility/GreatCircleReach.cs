namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// Finds the sites within a great-circle radius of every area without testing every pair: sites are bucketed on a
/// latitude/longitude grid of cells one radius wide, and each area tests only the cells its spherical cap's bounding
/// box covers, then the exact haversine time.
/// </summary>
internal static class GreatCircleReach
{
    private const double DegreesToRadians = Math.PI / 180;
    private const int MaximumCells = 1 << 22;

    public static ReachChunk[] Build(IReadOnlyList<DemandPoint> demand, IReadOnlyList<SupplyPoint> supply,
        double speedKmPerHour, double maximumMinutes)
    {
        var sites = SiteGrid.Create(supply, speedKmPerHour, maximumMinutes);
        var chunkCount = ReachChunk.ChunkCount(demand.Count);
        var chunks = new ReachChunk[chunkCount];
        Parallel.For(0, chunkCount, c =>
        {
            var (first, count) = ReachChunk.Range(demand.Count, chunkCount, c);
            var starts = new int[count + 1];
            var buffer = new PairBuffer(count * 64);
            for (var k = 0; k < count; k++)
            {
                var area = demand[first + k];
                sites.Collect(area.Latitude * DegreesToRadians, area.Longitude * DegreesToRadians, buffer);
                starts[k + 1] = buffer.Count;
            }

            chunks[c] = buffer.ToChunk(first, starts);
        });
        return chunks;
    }

    /// <summary>Sites sorted by grid cell, with their radians and cosines, and the cells' start offsets.</summary>
    private sealed class SiteGrid
    {
        private double _minPhi;
        private double _minLambda;
        private double _cell;
        private int _rows;
        private int _columns;
        private int[] _cellStart = [];
        private double[] _phi = [];
        private double[] _cosPhi = [];
        private double[] _lambda = [];
        private int[] _index = [];
        private double _angle;
        private double _speed;
        private double _maximumMinutes;
        private bool _everywhere;

        public static SiteGrid Create(IReadOnlyList<SupplyPoint> supply, double speedKmPerHour, double maximumMinutes)
        {
            var grid = new SiteGrid
            {
                _speed = speedKmPerHour,
                _maximumMinutes = maximumMinutes,
            };
            // The cap's angular radius, a hair wider than the catchment so rounding never loses a pair.
            grid._angle = maximumMinutes / 60 * speedKmPerHour / GreatCircle.EarthRadiusKm * (1 + 1e-12);
            var n = supply.Count;
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

            // A cap reaching a pole, or half the globe, makes bounding boxes useless: every site is a candidate.
            grid._everywhere = n == 0 || !(grid._angle < Math.PI / 4);
            var cell = grid._everywhere ? double.PositiveInfinity : grid._angle;
            var rows = grid._everywhere ? 1 : (int)Math.Min((maxPhi - minPhi) / cell, MaximumCells) + 1;
            var columns = grid._everywhere ? 1 : (int)Math.Min((maxLambda - minLambda) / cell, MaximumCells) + 1;
            while ((long)rows * columns > MaximumCells)
            {
                cell *= 2;
                rows = (int)((maxPhi - minPhi) / cell) + 1;
                columns = (int)((maxLambda - minLambda) / cell) + 1;
            }

            grid._minPhi = n == 0 ? 0 : minPhi;
            grid._minLambda = n == 0 ? 0 : minLambda;
            grid._cell = cell;
            grid._rows = rows;
            grid._columns = columns;
            var cellOf = new int[n];
            var start = new int[rows * columns + 1];
            for (var j = 0; j < n; j++)
            {
                cellOf[j] = grid.CellOf(phi[j], lambda[j]);
                start[cellOf[j] + 1]++;
            }

            for (var c = 0; c < rows * columns; c++)
            {
                start[c + 1] += start[c];
            }

            var next = start[..^1];
            grid._phi = new double[n];
            grid._cosPhi = new double[n];
            grid._lambda = new double[n];
            grid._index = new int[n];
            for (var j = 0; j < n; j++)
            {
                var at = next[cellOf[j]]++;
                grid._phi[at] = phi[j];
                grid._cosPhi[at] = Math.Cos(phi[j]);
                grid._lambda[at] = lambda[j];
                grid._index[at] = j;
            }

            grid._cellStart = start;
            return grid;
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

        public void Collect(double phi, double lambda, PairBuffer pairs)
        {
            var cosPhi = Math.Cos(phi);
            if (_everywhere)
            {
                Scan(0, 0, phi, cosPhi, lambda, pairs);
                return;
            }

            // The cap of angular radius δ around (φ, λ) spans φ ± δ and λ ± asin(sin δ / cos φ) (when it holds no
            // pole); a small margin keeps points on the boundary, which the exact test then decides.
            var margin = 1e-9;
            var rowLow = (int)Math.Floor((phi - _angle - margin - _minPhi) / _cell);
            var rowHigh = (int)Math.Floor((phi + _angle + margin - _minPhi) / _cell);
            if (rowHigh < 0 || rowLow >= _rows)
            {
                return;
            }

            rowLow = Math.Max(rowLow, 0);
            rowHigh = Math.Min(rowHigh, _rows - 1);
            var sinAngle = Math.Sin(_angle);
            var halfWidth = Math.Abs(phi) + _angle >= Math.PI / 2 || cosPhi <= sinAngle
                ? Math.PI
                : Math.Asin(sinAngle / cosPhi) + margin;
            if (halfWidth >= Math.PI)
            {
                ScanColumns(rowLow, rowHigh, 0, _columns - 1, phi, cosPhi, lambda, pairs);
                return;
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

                ScanColumns(rowLow, rowHigh, Math.Max(columnLow, 0), Math.Min(columnHigh, _columns - 1), phi, cosPhi,
                    lambda, pairs);
            }
        }

        private void ScanColumns(int rowLow, int rowHigh, int columnLow, int columnHigh, double phi, double cosPhi,
            double lambda, PairBuffer pairs)
        {
            for (var row = rowLow; row <= rowHigh; row++)
            {
                Scan(row * _columns + columnLow, row * _columns + columnHigh, phi, cosPhi, lambda, pairs);
            }
        }

        private void Scan(int firstCell, int lastCell, double phi, double cosPhi, double lambda, PairBuffer pairs)
        {
            var end = _cellStart[lastCell + 1];
            for (var s = _cellStart[firstCell]; s < end; s++)
            {
                // The same operations, in the same order, as GreatCircle.Minutes: a pair on the boundary is decided
                // the same way here and by anyone computing the time directly.
                var angle = GreatCircle.CentralAngle(phi, cosPhi, lambda, _phi[s], _cosPhi[s], _lambda[s]);
                var minutes = GreatCircle.EarthRadiusKm * angle / _speed * 60;
                if (minutes <= _maximumMinutes)
                {
                    pairs.Add(_index[s], minutes);
                }
            }
        }
    }
}
