//go:build amd64 && !purego

#include "textflag.h"

// func minHashAVX512(sig, xor, mul *uint64, groups int, shingles *uint64, n int)
//
// For each of groups×8 permutations i, sig[i] = min(sig[i], (x^xor[i])*mul[i])
// over the n shingles x. Eight permutations fill one ZMM register; four
// registers (32 permutations) go through the shingles together, so that a
// shingle is broadcast once for 32 products, then any remaining groups one
// register at a time. n must be at least 1.
TEXT ·minHashAVX512(SB), NOSPLIT, $0-48
	MOVQ sig+0(FP), DI
	MOVQ xor+8(FP), SI
	MOVQ mul+16(FP), DX
	MOVQ groups+24(FP), CX
	MOVQ shingles+32(FP), R8
	MOVQ n+40(FP), R9
	LEAQ (R8)(R9*8), R10 // end of the shingles

block4:
	CMPQ CX, $4
	JLT  block1
	VMOVDQU64 (SI), Z0
	VMOVDQU64 64(SI), Z1
	VMOVDQU64 128(SI), Z2
	VMOVDQU64 192(SI), Z3
	VMOVDQU64 (DX), Z4
	VMOVDQU64 64(DX), Z5
	VMOVDQU64 128(DX), Z6
	VMOVDQU64 192(DX), Z7
	VMOVDQU64 (DI), Z8
	VMOVDQU64 64(DI), Z9
	VMOVDQU64 128(DI), Z10
	VMOVDQU64 192(DI), Z11
	MOVQ R8, AX

loop4:
	VPBROADCASTQ (AX), Z16
	VPXORQ  Z0, Z16, Z12
	VPXORQ  Z1, Z16, Z13
	VPXORQ  Z2, Z16, Z14
	VPXORQ  Z3, Z16, Z15
	VPMULLQ Z4, Z12, Z12
	VPMULLQ Z5, Z13, Z13
	VPMULLQ Z6, Z14, Z14
	VPMULLQ Z7, Z15, Z15
	VPMINUQ Z12, Z8, Z8
	VPMINUQ Z13, Z9, Z9
	VPMINUQ Z14, Z10, Z10
	VPMINUQ Z15, Z11, Z11
	ADDQ $8, AX
	CMPQ AX, R10
	JNE  loop4

	VMOVDQU64 Z8, (DI)
	VMOVDQU64 Z9, 64(DI)
	VMOVDQU64 Z10, 128(DI)
	VMOVDQU64 Z11, 192(DI)
	ADDQ $256, DI
	ADDQ $256, SI
	ADDQ $256, DX
	SUBQ $4, CX
	JMP  block4

block1:
	TESTQ CX, CX
	JZ    done
	VMOVDQU64 (SI), Z0
	VMOVDQU64 (DX), Z4
	VMOVDQU64 (DI), Z8
	MOVQ R8, AX

loop1:
	VPBROADCASTQ (AX), Z16
	VPXORQ  Z0, Z16, Z12
	VPMULLQ Z4, Z12, Z12
	VPMINUQ Z12, Z8, Z8
	ADDQ $8, AX
	CMPQ AX, R10
	JNE  loop1

	VMOVDQU64 Z8, (DI)
	ADDQ $64, DI
	ADDQ $64, SI
	ADDQ $64, DX
	DECQ CX
	JMP  block1

done:
	VZEROUPPER
	RET
