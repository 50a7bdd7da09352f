package almanac

import "math"

const deg = math.Pi / 180

func floor(x float64) float64 { return math.Floor(x) }

// norm360 reduces an angle in degrees to [0, 360).
func norm360(x float64) float64 {
	x = math.Mod(x, 360)
	if x < 0 {
		x += 360
	}
	return x
}

// norm180 reduces an angle in degrees to [-180, 180).
func norm180(x float64) float64 { return norm360(x+180) - 180 }

func sind(x float64) float64 { return math.Sin(x * deg) }
func cosd(x float64) float64 { return math.Cos(x * deg) }
