package main

import (
	"reflect"
	"testing"
)

// fill sets every field reachable from v (structs, slices, maps, strings,
// numbers, bools) to a value that is not its zero, so that a field the
// coder forgets shows up as a difference.
func fill(v reflect.Value, seed int) {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), seed+i+1)
			}
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := 0; i < 2; i++ {
			fill(s.Index(i), seed*3+i)
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for i := 0; i < 3; i++ {
			k := reflect.New(v.Type().Key()).Elem()
			fill(k, seed*5+i)
			e := reflect.New(v.Type().Elem()).Elem()
			fill(e, seed*7+i)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.String:
		v.SetString("s" + string(rune('a'+seed%26)) + string(rune('a'+seed/26%26)))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(seed + 1))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(seed+1) * 0x9e3779b97f4a7c15)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(seed+1) / 7)
	default:
		panic("fill: " + v.Kind().String())
	}
}

func TestRepCoderRoundTrip(t *testing.T) {
	var full Rep
	fill(reflect.ValueOf(&full).Elem(), 1)
	for name, x := range map[string]Rep{"full": full, "zero": {}, "empty": {Terms: map[string]float64{}, Sig: []uint64{}, Keys: []string{}}} {
		b, err := encodeRep(x)
		if err != nil {
			t.Fatal(err)
		}
		y, err := decodeRep(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(x, y) {
			t.Errorf("%s: round trip\n got %#v\nwant %#v", name, y, x)
		}
		if len(b) > 0 {
			if _, err := decodeRep(b[:len(b)-1]); err == nil {
				t.Errorf("%s: a cut element decodes", name)
			}
		}
	}
}

func TestDFCoderRoundTrip(t *testing.T) {
	for name, x := range map[string]DF{"full": {Docs: 3, Words: map[string]int{"a": 1, "talks": 3}}, "zero": {}, "empty": {Words: map[string]int{}}} {
		b, err := encodeDF(x)
		if err != nil {
			t.Fatal(err)
		}
		y, err := decodeDF(b)
		if err != nil || !reflect.DeepEqual(x, y) {
			t.Errorf("%s: round trip %#v, %v; want %#v", name, y, err, x)
		}
	}
}
