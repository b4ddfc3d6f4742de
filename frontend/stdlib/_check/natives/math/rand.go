package rand

import "time"

func runtimeSeed() int64 { return time.Now().UnixNano() }
