package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/graph/coder"

	"github.com/crossread/crossread/internal/events"
)

// Rep and DF have coders of their own. Beam's default for a struct, the row
// (schema) coder, sorts a map's keys by reflection on every encode: a report's
// ~120 words cost ~50 µs each time a Rep crosses a stage boundary, and a Rep
// crosses ~25 of them (17 of them into the candidate blocks alone), so on 1k
// reports the linking stages spent most of their time there. These write the
// map in its own order (no stage keys by a Rep, so the bytes need not be
// canonical) and read it back into a map of the same words and weights.
//
// The fingerprint still goes through the row coder (it has no map, so that is
// cheap): a field added to events.Fingerprint travels without a change here.
// TestRepCoderRoundTrip fills every field of a Rep and fails if one is lost.

var (
	fpEnc func(any, *bytes.Buffer) error
	fpDec func(*bytes.Reader) (events.Fingerprint, error)
)

func init() {
	ft := reflect.TypeOf(events.Fingerprint{})
	enc, err := coder.RowEncoderForStruct(ft)
	if err != nil {
		panic(err)
	}
	dec, err := coder.RowDecoderForStruct(ft)
	if err != nil {
		panic(err)
	}
	fpEnc = func(v any, w *bytes.Buffer) error { return enc(v, w) }
	fpDec = func(r *bytes.Reader) (events.Fingerprint, error) {
		v, err := dec(r)
		if err != nil {
			return events.Fingerprint{}, err
		}
		return v.(events.Fingerprint), nil
	}
	beam.RegisterCoder(reflect.TypeOf(Rep{}), encodeRep, decodeRep)
	beam.RegisterCoder(reflect.TypeOf(DF{}), encodeDF, decodeDF)
}

type wbuf struct{ b []byte }

func (w *wbuf) uvarint(n uint64) { w.b = binary.AppendUvarint(w.b, n) }
func (w *wbuf) str(s string)     { w.uvarint(uint64(len(s))); w.b = append(w.b, s...) }
func (w *wbuf) u64(x uint64)     { w.b = binary.BigEndian.AppendUint64(w.b, x) }

// count writes a collection's length, 0 for nil and n+1 otherwise: a nil map or
// slice comes back nil, an empty one empty.
func (w *wbuf) count(n int, isNil bool) {
	if isNil {
		w.uvarint(0)
		return
	}
	w.uvarint(uint64(n) + 1)
}

type rbuf struct {
	b   []byte
	err error
}

func (r *rbuf) fail() {
	if r.err == nil {
		r.err = fmt.Errorf("short or corrupt element")
	}
	r.b = nil
}

func (r *rbuf) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *rbuf) bytes(n uint64) []byte {
	if uint64(len(r.b)) < n {
		r.fail()
		return nil
	}
	b := r.b[:n:n]
	r.b = r.b[n:]
	return b
}

func (r *rbuf) str() string { return string(r.bytes(r.uvarint())) }

func (r *rbuf) u64() uint64 {
	b := r.bytes(8)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// count reads what wbuf.count wrote: the length and whether it was nil. The
// length is bounded by the bytes left, so a corrupt count cannot make a huge
// allocation.
func (r *rbuf) count() (int, bool) {
	c := r.uvarint()
	if c == 0 {
		return 0, true
	}
	if c-1 > uint64(len(r.b)) {
		r.fail()
		return 0, true
	}
	return int(c - 1), false
}

func encodeRep(x Rep) ([]byte, error) {
	w := wbuf{b: make([]byte, 0, 256+24*len(x.Terms)+8*len(x.Sig))}
	w.str(x.URL)
	var fp bytes.Buffer
	if err := fpEnc(x.Event, &fp); err != nil {
		return nil, err
	}
	w.str(fp.String())
	w.count(len(x.Terms), x.Terms == nil)
	for t, v := range x.Terms {
		w.str(t)
		w.u64(math.Float64bits(v))
	}
	w.str(x.Title)
	w.str(x.DCT)
	w.str(x.Digest)
	w.count(len(x.Sig), x.Sig == nil)
	for _, v := range x.Sig {
		w.u64(v)
	}
	w.str(x.Call)
	w.count(len(x.Keys), x.Keys == nil)
	for _, k := range x.Keys {
		w.str(k)
	}
	return w.b, nil
}

func decodeRep(b []byte) (Rep, error) {
	r := rbuf{b: b}
	var x Rep
	x.URL = r.str()
	fp := r.bytes(r.uvarint())
	if r.err == nil {
		ev, err := fpDec(bytes.NewReader(fp))
		if err != nil {
			return Rep{}, err
		}
		x.Event = ev
	}
	if n, isNil := r.count(); !isNil {
		x.Terms = make(events.Terms, n)
		for i := 0; i < n && r.err == nil; i++ {
			t := r.str()
			x.Terms[t] = math.Float64frombits(r.u64())
		}
	}
	x.Title = r.str()
	x.DCT = r.str()
	x.Digest = r.str()
	if n, isNil := r.count(); !isNil {
		x.Sig = make([]uint64, n)
		for i := range x.Sig {
			x.Sig[i] = r.u64()
		}
	}
	x.Call = r.str()
	if n, isNil := r.count(); !isNil {
		x.Keys = make([]string, n)
		for i := range x.Keys {
			x.Keys[i] = r.str()
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%d bytes left after a Rep", len(r.b))
	}
	if r.err != nil {
		return Rep{}, fmt.Errorf("decoding a Rep: %v", r.err)
	}
	return x, nil
}

func encodeDF(x DF) ([]byte, error) {
	w := wbuf{b: make([]byte, 0, 16+16*len(x.Words))}
	w.uvarint(uint64(x.Docs))
	w.count(len(x.Words), x.Words == nil)
	for t, n := range x.Words {
		w.str(t)
		w.uvarint(uint64(n))
	}
	return w.b, nil
}

func decodeDF(b []byte) (DF, error) {
	r := rbuf{b: b}
	var x DF
	x.Docs = int(r.uvarint())
	if n, isNil := r.count(); !isNil {
		x.Words = make(map[string]int, n)
		for i := 0; i < n && r.err == nil; i++ {
			t := r.str()
			x.Words[t] = int(r.uvarint())
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%d bytes left after a DF", len(r.b))
	}
	if r.err != nil {
		return DF{}, fmt.Errorf("decoding a DF: %v", r.err)
	}
	return x, nil
}
